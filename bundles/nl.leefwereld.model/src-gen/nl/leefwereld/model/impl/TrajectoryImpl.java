/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Trajectory;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trajectory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getChangeGoal <em>Change Goal</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getClient <em>Client</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.TrajectoryImpl#getConversations <em>Conversations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrajectoryImpl extends IdentifiedImpl implements Trajectory {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeGoal() <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeGoal() <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeGoal()
	 * @generated
	 * @ordered
	 */
	protected String changeGoal = CHANGE_GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConversations() <em>Conversations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversations()
	 * @generated
	 * @ordered
	 */
	protected EList<Conversation> conversations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrajectoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRAJECTORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAJECTORY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAJECTORY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeGoal() {
		return changeGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeGoal(String newChangeGoal) {
		String oldChangeGoal = changeGoal;
		changeGoal = newChangeGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAJECTORY__CHANGE_GOAL, oldChangeGoal, changeGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAJECTORY__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client getClient() {
		if (eContainerFeatureID() != ModelPackage.TRAJECTORY__CLIENT) return null;
		return (Client)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClient(Client newClient, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newClient, ModelPackage.TRAJECTORY__CLIENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(Client newClient) {
		if (newClient != eInternalContainer() || (eContainerFeatureID() != ModelPackage.TRAJECTORY__CLIENT && newClient != null)) {
			if (EcoreUtil.isAncestor(this, newClient))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newClient != null)
				msgs = ((InternalEObject)newClient).eInverseAdd(this, ModelPackage.CLIENT__TRAJECTORIES, Client.class, msgs);
			msgs = basicSetClient(newClient, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAJECTORY__CLIENT, newClient, newClient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conversation> getConversations() {
		if (conversations == null) {
			conversations = new EObjectContainmentWithInverseEList<Conversation>(Conversation.class, this, ModelPackage.TRAJECTORY__CONVERSATIONS, ModelPackage.CONVERSATION__TRAJECTORY);
		}
		return conversations;
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
			case ModelPackage.TRAJECTORY__CLIENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetClient((Client)otherEnd, msgs);
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getConversations()).basicAdd(otherEnd, msgs);
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
			case ModelPackage.TRAJECTORY__CLIENT:
				return basicSetClient(null, msgs);
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				return ((InternalEList<?>)getConversations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ModelPackage.TRAJECTORY__CLIENT:
				return eInternalContainer().eInverseRemove(this, ModelPackage.CLIENT__TRAJECTORIES, Client.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRAJECTORY__TITLE:
				return getTitle();
			case ModelPackage.TRAJECTORY__KIND:
				return getKind();
			case ModelPackage.TRAJECTORY__CHANGE_GOAL:
				return getChangeGoal();
			case ModelPackage.TRAJECTORY__START_DATE:
				return getStartDate();
			case ModelPackage.TRAJECTORY__CLIENT:
				return getClient();
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				return getConversations();
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
			case ModelPackage.TRAJECTORY__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.TRAJECTORY__KIND:
				setKind((String)newValue);
				return;
			case ModelPackage.TRAJECTORY__CHANGE_GOAL:
				setChangeGoal((String)newValue);
				return;
			case ModelPackage.TRAJECTORY__START_DATE:
				setStartDate((Date)newValue);
				return;
			case ModelPackage.TRAJECTORY__CLIENT:
				setClient((Client)newValue);
				return;
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				getConversations().clear();
				getConversations().addAll((Collection<? extends Conversation>)newValue);
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
			case ModelPackage.TRAJECTORY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.TRAJECTORY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.TRAJECTORY__CHANGE_GOAL:
				setChangeGoal(CHANGE_GOAL_EDEFAULT);
				return;
			case ModelPackage.TRAJECTORY__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.TRAJECTORY__CLIENT:
				setClient((Client)null);
				return;
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				getConversations().clear();
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
			case ModelPackage.TRAJECTORY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.TRAJECTORY__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ModelPackage.TRAJECTORY__CHANGE_GOAL:
				return CHANGE_GOAL_EDEFAULT == null ? changeGoal != null : !CHANGE_GOAL_EDEFAULT.equals(changeGoal);
			case ModelPackage.TRAJECTORY__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.TRAJECTORY__CLIENT:
				return getClient() != null;
			case ModelPackage.TRAJECTORY__CONVERSATIONS:
				return conversations != null && !conversations.isEmpty();
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", changeGoal: "); //$NON-NLS-1$
		result.append(changeGoal);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(')');
		return result.toString();
	}

} //TrajectoryImpl
