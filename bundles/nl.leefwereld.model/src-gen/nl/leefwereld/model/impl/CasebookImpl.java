/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import java.util.Collection;

import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Professional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.CasebookImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.CasebookImpl#getProfessionals <em>Professionals</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.CasebookImpl#getClients <em>Clients</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.CasebookImpl#getCodebooks <em>Codebooks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CasebookImpl extends IdentifiedImpl implements Casebook {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProfessionals() <em>Professionals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfessionals()
	 * @generated
	 * @ordered
	 */
	protected EList<Professional> professionals;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<Client> clients;

	/**
	 * The cached value of the '{@link #getCodebooks() <em>Codebooks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Codebook> codebooks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CasebookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CASEBOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CASEBOOK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Professional> getProfessionals() {
		if (professionals == null) {
			professionals = new EObjectContainmentEList<Professional>(Professional.class, this, ModelPackage.CASEBOOK__PROFESSIONALS);
		}
		return professionals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Client> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<Client>(Client.class, this, ModelPackage.CASEBOOK__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Codebook> getCodebooks() {
		if (codebooks == null) {
			codebooks = new EObjectContainmentEList<Codebook>(Codebook.class, this, ModelPackage.CASEBOOK__CODEBOOKS);
		}
		return codebooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CASEBOOK__PROFESSIONALS:
				return ((InternalEList<?>)getProfessionals()).basicRemove(otherEnd, msgs);
			case ModelPackage.CASEBOOK__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
			case ModelPackage.CASEBOOK__CODEBOOKS:
				return ((InternalEList<?>)getCodebooks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CASEBOOK__NAME:
				return getName();
			case ModelPackage.CASEBOOK__PROFESSIONALS:
				return getProfessionals();
			case ModelPackage.CASEBOOK__CLIENTS:
				return getClients();
			case ModelPackage.CASEBOOK__CODEBOOKS:
				return getCodebooks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CASEBOOK__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.CASEBOOK__PROFESSIONALS:
				getProfessionals().clear();
				getProfessionals().addAll((Collection<? extends Professional>)newValue);
				return;
			case ModelPackage.CASEBOOK__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends Client>)newValue);
				return;
			case ModelPackage.CASEBOOK__CODEBOOKS:
				getCodebooks().clear();
				getCodebooks().addAll((Collection<? extends Codebook>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.CASEBOOK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.CASEBOOK__PROFESSIONALS:
				getProfessionals().clear();
				return;
			case ModelPackage.CASEBOOK__CLIENTS:
				getClients().clear();
				return;
			case ModelPackage.CASEBOOK__CODEBOOKS:
				getCodebooks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.CASEBOOK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.CASEBOOK__PROFESSIONALS:
				return professionals != null && !professionals.isEmpty();
			case ModelPackage.CASEBOOK__CLIENTS:
				return clients != null && !clients.isEmpty();
			case ModelPackage.CASEBOOK__CODEBOOKS:
				return codebooks != null && !codebooks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //CasebookImpl
