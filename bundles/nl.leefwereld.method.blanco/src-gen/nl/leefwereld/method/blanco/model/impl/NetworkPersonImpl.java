/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model.impl;

import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.method.blanco.model.NetworkPerson;

import nl.leefwereld.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#getRole <em>Role</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#getRelation <em>Relation</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#getCloseness <em>Closeness</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#isSupport <em>Support</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl#getQuote <em>Quote</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkPersonImpl extends IdentifiedImpl implements NetworkPerson {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected static final String RELATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected String relation = RELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloseness() <em>Closeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseness()
	 * @generated
	 * @ordered
	 */
	protected static final int CLOSENESS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getCloseness() <em>Closeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseness()
	 * @generated
	 * @ordered
	 */
	protected int closeness = CLOSENESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSupport() <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupport()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupport() <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupport()
	 * @generated
	 * @ordered
	 */
	protected boolean support = SUPPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkPersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BlancoPackage.Literals.NETWORK_PERSON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelation() {
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelation(String newRelation) {
		String oldRelation = relation;
		relation = newRelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__RELATION, oldRelation, relation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCloseness() {
		return closeness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloseness(int newCloseness) {
		int oldCloseness = closeness;
		closeness = newCloseness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__CLOSENESS, oldCloseness, closeness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupport() {
		return support;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupport(boolean newSupport) {
		boolean oldSupport = support;
		support = newSupport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__SUPPORT, oldSupport, support));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NETWORK_PERSON__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BlancoPackage.NETWORK_PERSON__NAME:
				return getName();
			case BlancoPackage.NETWORK_PERSON__ROLE:
				return getRole();
			case BlancoPackage.NETWORK_PERSON__RELATION:
				return getRelation();
			case BlancoPackage.NETWORK_PERSON__CLOSENESS:
				return getCloseness();
			case BlancoPackage.NETWORK_PERSON__SUPPORT:
				return isSupport();
			case BlancoPackage.NETWORK_PERSON__QUOTE:
				return getQuote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BlancoPackage.NETWORK_PERSON__NAME:
				setName((String)newValue);
				return;
			case BlancoPackage.NETWORK_PERSON__ROLE:
				setRole((String)newValue);
				return;
			case BlancoPackage.NETWORK_PERSON__RELATION:
				setRelation((String)newValue);
				return;
			case BlancoPackage.NETWORK_PERSON__CLOSENESS:
				setCloseness((Integer)newValue);
				return;
			case BlancoPackage.NETWORK_PERSON__SUPPORT:
				setSupport((Boolean)newValue);
				return;
			case BlancoPackage.NETWORK_PERSON__QUOTE:
				setQuote((String)newValue);
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
			case BlancoPackage.NETWORK_PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case BlancoPackage.NETWORK_PERSON__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case BlancoPackage.NETWORK_PERSON__RELATION:
				setRelation(RELATION_EDEFAULT);
				return;
			case BlancoPackage.NETWORK_PERSON__CLOSENESS:
				setCloseness(CLOSENESS_EDEFAULT);
				return;
			case BlancoPackage.NETWORK_PERSON__SUPPORT:
				setSupport(SUPPORT_EDEFAULT);
				return;
			case BlancoPackage.NETWORK_PERSON__QUOTE:
				setQuote(QUOTE_EDEFAULT);
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
			case BlancoPackage.NETWORK_PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case BlancoPackage.NETWORK_PERSON__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case BlancoPackage.NETWORK_PERSON__RELATION:
				return RELATION_EDEFAULT == null ? relation != null : !RELATION_EDEFAULT.equals(relation);
			case BlancoPackage.NETWORK_PERSON__CLOSENESS:
				return closeness != CLOSENESS_EDEFAULT;
			case BlancoPackage.NETWORK_PERSON__SUPPORT:
				return support != SUPPORT_EDEFAULT;
			case BlancoPackage.NETWORK_PERSON__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
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
		result.append(", role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", relation: "); //$NON-NLS-1$
		result.append(relation);
		result.append(", closeness: "); //$NON-NLS-1$
		result.append(closeness);
		result.append(", support: "); //$NON-NLS-1$
		result.append(support);
		result.append(", quote: "); //$NON-NLS-1$
		result.append(quote);
		result.append(')');
		return result.toString();
	}

} //NetworkPersonImpl
