/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import java.util.Collection;

import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Consent;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getConsents <em>Consents</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getTrajectories <em>Trajectories</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.ClientImpl#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends IdentifiedImpl implements Client {
	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPseudonym() <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonym()
	 * @generated
	 * @ordered
	 */
	protected static final String PSEUDONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPseudonym() <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonym()
	 * @generated
	 * @ordered
	 */
	protected String pseudonym = PSEUDONYM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<ClientAttribute> attributes;

	/**
	 * The cached value of the '{@link #getConsents() <em>Consents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsents()
	 * @generated
	 * @ordered
	 */
	protected EList<Consent> consents;

	/**
	 * The cached value of the '{@link #getTrajectories() <em>Trajectories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectories()
	 * @generated
	 * @ordered
	 */
	protected EList<Trajectory> trajectories;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIENT__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPseudonym() {
		return pseudonym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPseudonym(String newPseudonym) {
		String oldPseudonym = pseudonym;
		pseudonym = newPseudonym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLIENT__PSEUDONYM, oldPseudonym, pseudonym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClientAttribute> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<ClientAttribute>(ClientAttribute.class, this, ModelPackage.CLIENT__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consent> getConsents() {
		if (consents == null) {
			consents = new EObjectContainmentEList<Consent>(Consent.class, this, ModelPackage.CLIENT__CONSENTS);
		}
		return consents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trajectory> getTrajectories() {
		if (trajectories == null) {
			trajectories = new EObjectContainmentWithInverseEList<Trajectory>(Trajectory.class, this, ModelPackage.CLIENT__TRAJECTORIES, ModelPackage.TRAJECTORY__CLIENT);
		}
		return trajectories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, ModelPackage.CLIENT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, ModelPackage.CLIENT__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, ModelPackage.CLIENT__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CLIENT__TRAJECTORIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTrajectories()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CLIENT__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIENT__CONSENTS:
				return ((InternalEList<?>)getConsents()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIENT__TRAJECTORIES:
				return ((InternalEList<?>)getTrajectories()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIENT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIENT__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLIENT__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CLIENT__DISPLAY_NAME:
				return getDisplayName();
			case ModelPackage.CLIENT__PSEUDONYM:
				return getPseudonym();
			case ModelPackage.CLIENT__ATTRIBUTES:
				return getAttributes();
			case ModelPackage.CLIENT__CONSENTS:
				return getConsents();
			case ModelPackage.CLIENT__TRAJECTORIES:
				return getTrajectories();
			case ModelPackage.CLIENT__NOTES:
				return getNotes();
			case ModelPackage.CLIENT__ASSESSMENTS:
				return getAssessments();
			case ModelPackage.CLIENT__MEMOS:
				return getMemos();
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
			case ModelPackage.CLIENT__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case ModelPackage.CLIENT__PSEUDONYM:
				setPseudonym((String)newValue);
				return;
			case ModelPackage.CLIENT__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends ClientAttribute>)newValue);
				return;
			case ModelPackage.CLIENT__CONSENTS:
				getConsents().clear();
				getConsents().addAll((Collection<? extends Consent>)newValue);
				return;
			case ModelPackage.CLIENT__TRAJECTORIES:
				getTrajectories().clear();
				getTrajectories().addAll((Collection<? extends Trajectory>)newValue);
				return;
			case ModelPackage.CLIENT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case ModelPackage.CLIENT__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case ModelPackage.CLIENT__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
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
			case ModelPackage.CLIENT__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case ModelPackage.CLIENT__PSEUDONYM:
				setPseudonym(PSEUDONYM_EDEFAULT);
				return;
			case ModelPackage.CLIENT__ATTRIBUTES:
				getAttributes().clear();
				return;
			case ModelPackage.CLIENT__CONSENTS:
				getConsents().clear();
				return;
			case ModelPackage.CLIENT__TRAJECTORIES:
				getTrajectories().clear();
				return;
			case ModelPackage.CLIENT__NOTES:
				getNotes().clear();
				return;
			case ModelPackage.CLIENT__ASSESSMENTS:
				getAssessments().clear();
				return;
			case ModelPackage.CLIENT__MEMOS:
				getMemos().clear();
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
			case ModelPackage.CLIENT__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case ModelPackage.CLIENT__PSEUDONYM:
				return PSEUDONYM_EDEFAULT == null ? pseudonym != null : !PSEUDONYM_EDEFAULT.equals(pseudonym);
			case ModelPackage.CLIENT__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case ModelPackage.CLIENT__CONSENTS:
				return consents != null && !consents.isEmpty();
			case ModelPackage.CLIENT__TRAJECTORIES:
				return trajectories != null && !trajectories.isEmpty();
			case ModelPackage.CLIENT__NOTES:
				return notes != null && !notes.isEmpty();
			case ModelPackage.CLIENT__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case ModelPackage.CLIENT__MEMOS:
				return memos != null && !memos.isEmpty();
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
		result.append(" (displayName: "); //$NON-NLS-1$
		result.append(displayName);
		result.append(", pseudonym: "); //$NON-NLS-1$
		result.append(pseudonym);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
